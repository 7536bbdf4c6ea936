-- 收费通知 (国办函〔2020〕109号): the fee of a FEE_NOTIFIED event, in yuan; the payment deadline is its `deadline`.
ALTER TABLE request_event ADD COLUMN fee_yuan INTEGER;
