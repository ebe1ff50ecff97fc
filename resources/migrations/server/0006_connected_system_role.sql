-- Connected systems (4.1.g, 17.3) get a role of their own: `system` is the server's own actor
-- (its scheduler, and reports filed on a connected system's behalf), and no account signs in as
-- it. An account that had it was a connected system's.
UPDATE users SET role = 'connected_system' WHERE role = 'system';
