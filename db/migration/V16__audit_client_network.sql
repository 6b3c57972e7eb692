-- The trail caps the rows an anonymous client adds per quarter hour. Counted by the full
-- address, an IPv6 client could take a fresh address out of its /64 for every failed sign-in;
-- counted by the client as throttling sees it (the /64), it cannot.
ALTER TABLE audit_event ADD COLUMN client_network VARCHAR(64);
UPDATE audit_event SET client_network = client_address WHERE client_address IS NOT NULL;
CREATE INDEX ix_audit_event_network_time ON audit_event (client_network, occurred_at);
