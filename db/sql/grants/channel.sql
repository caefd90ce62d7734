-- Operators read a channel's name and state, administrators also its connection settings; nobody reads the
-- password (the dispatcher gets it from channel_claim). Which rows: policies/channel.sql.
GRANT SELECT (id, name, bind_mode, source_addr, tps, window_size, enabled, status, status_at, status_reason,
              owner_id, heartbeat_at, stats) ON smsdesk.channel TO "__P__operator";

GRANT SELECT (host, port, system_id, system_type, source_ton, source_npi, enquire_link_s, submit_timeout_s, tls,
              receipt_ids, max_attempts, retry_interval_s, receipt_timeout_s, created_at, updated_at)
  ON smsdesk.channel TO "__P__admin";
