-- What handling the message published (a JSON array of envelopes), so that a message delivered again after its
-- broker-side commit was lost publishes the same messages again (see Inbox).
alter table processed_message add column published text;
