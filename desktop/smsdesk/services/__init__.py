"""Use cases shared by the console, the admin command line and the dispatcher."""
