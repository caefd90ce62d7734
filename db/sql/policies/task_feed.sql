-- The feed: where the next slice of a task's queued messages starts, one row per task with messages still
-- to move into the queue. Row-level security on and no grants, so only the functions (_task_feed) touch it.
ALTER TABLE smsdesk.task_feed ENABLE ROW LEVEL SECURITY;
