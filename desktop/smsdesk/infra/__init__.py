"""What the services stand on: table files, XLSX writing, the OS keyring, LISTEN, child processes. No Qt."""
