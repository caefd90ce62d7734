-- Every role of the installation reads the schema's revision (the console refuses a newer one).
GRANT SELECT ON smsdesk.alembic_version TO "__P__operator", "__P__dispatcher";
