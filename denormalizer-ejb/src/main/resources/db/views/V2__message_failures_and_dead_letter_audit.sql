-- Admin views of the messaging plumbing, projected from message.failed events and
-- dead-letter.record-discard commands. Ids are text: a message too broken to read may carry no UUID.

-- One row per failed delivery of a message: why it failed, where, at which attempt. A parked
-- message's attempts explain why it was parked.
create table message_failure (
    -- The message.failed event's own id: a repeated event inserts nothing.
    failure_id        uuid          primary key,
    message_id        varchar(200)  not null,
    type              varchar(200),
    -- The command queue or event topic it was consumed from.
    origin            varchar(200),
    handler           varchar(300)  not null,
    attempt           integer       not null,
    exception_class   varchar(300)  not null,
    exception_message text,
    failed_at         timestamptz   not null,
    correlation_id    varchar(200),
    -- True when the message was parked at once (unreadable, or not of the expected type).
    parked            boolean       not null
);

create index message_failure_by_message on message_failure (message_id, attempt);

-- The audit trail of parked messages an admin discarded, with what they carried.
create table dead_letter_audit (
    -- The dead-letter.record-discard command's id: a repeated command inserts nothing.
    audit_id       uuid          primary key,
    message_id     varchar(200)  not null,
    type           varchar(200),
    origin         varchar(200),
    correlation_id varchar(200),
    body           text,
    discarded_by   varchar(200),
    discarded_at   timestamptz   not null
);
