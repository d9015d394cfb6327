/**
 * The emulator's one SQLite connection. node:sqlite's DatabaseSync is synchronous, and Node runs
 * handlers on one thread, so every statement is serialised: concurrent clients can never see
 * "database is locked" and no write is lost between a read and its update.
 */
import { DatabaseSync } from 'node:sqlite';

export function openDatabase(file?: string): DatabaseSync {
  const db = new DatabaseSync(file ?? ':memory:');
  if (file) {
    // WAL keeps the file consistent if the process is killed mid-write.
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
  }
  db.exec('PRAGMA foreign_keys = ON;');
  return db;
}

/** Runs `fn` in one transaction; rolls back if it throws. */
export function inTransaction<T>(db: DatabaseSync, fn: () => T): T {
  db.exec('BEGIN');
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (e) {
    db.exec('ROLLBACK');
    throw e;
  }
}
