-- Staged rollup changes are added to stat_hour and stat_day when their transaction commits.
CREATE CONSTRAINT TRIGGER stat_hour_delta_flush AFTER INSERT ON smsdesk.stat_hour_delta
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION smsdesk.tg_stat_hour_delta_flush();
