-- The feed: where the next slice of a task's queued messages starts. One row per task with messages still to
-- move into the queue; RLS on and no grants, so only the functions below touch it.
ALTER TABLE smsdesk.task_feed ENABLE ROW LEVEL SECURITY;
