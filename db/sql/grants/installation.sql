-- Every role of the installation reads its one row: the role prefix and the settings.
GRANT SELECT ON smsdesk.installation TO "__P__operator", "__P__dispatcher";
