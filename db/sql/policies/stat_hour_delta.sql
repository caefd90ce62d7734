-- Rollup changes staged by the recording functions until commit: nobody reads them but those functions.
ALTER TABLE smsdesk.stat_hour_delta ENABLE ROW LEVEL SECURITY;
