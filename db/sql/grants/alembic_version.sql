GRANT SELECT ON smsdesk.alembic_version TO "__P__operator", "__P__dispatcher";
