-- Everyone signed in reads the price list (the Send tab prices its previews with it); only price_set and
-- price_delete change it.
ALTER TABLE smsdesk.price_list ENABLE ROW LEVEL SECURITY;

CREATE POLICY price_list_read ON smsdesk.price_list FOR SELECT USING (true);
