import type { UserRecord } from '../model/types';
import type { Db } from './database';
import { Statements } from './statements';

interface UserRow {
  id: number;
  login_name: string;
  email: string;
  title: string;
  upn: string;
  is_site_admin: number;
  job_title: string | null;
  department: string | null;
}

function toRecord(row: UserRow): UserRecord {
  return {
    id: row.id,
    loginName: row.login_name,
    email: row.email,
    title: row.title,
    userPrincipalName: row.upn,
    isSiteAdmin: row.is_site_admin === 1,
    jobTitle: row.job_title,
    department: row.department,
  };
}

export class UserStore {
  private readonly sql: Statements;

  constructor(db: Db) {
    this.sql = new Statements(db);
  }

  all(): UserRecord[] {
    return (this.sql.get('SELECT * FROM users ORDER BY id').all() as UserRow[]).map(toRecord);
  }

  byId(id: number): UserRecord | undefined {
    const row = this.sql.get('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  byLoginName(loginName: string): UserRecord | undefined {
    const row = this.sql.get('SELECT * FROM users WHERE login_name = ?').get(loginName) as
      UserRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  byEmail(email: string): UserRecord | undefined {
    const row = this.sql
      .get('SELECT * FROM users WHERE email = ? COLLATE NOCASE ORDER BY id LIMIT 1')
      .get(email) as UserRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  insert(user: UserRecord): void {
    this.sql
      .get(
        'INSERT INTO users (id, login_name, email, title, upn, is_site_admin, job_title, department) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        user.id,
        user.loginName,
        user.email,
        user.title,
        user.userPrincipalName,
        user.isSiteAdmin ? 1 : 0,
        user.jobTitle,
        user.department,
      );
  }

  /** Refreshes the directory-sourced attributes (name, job title…) of a known user. */
  refresh(user: UserRecord): void {
    this.sql
      .get('UPDATE users SET title = ?, email = ?, upn = ?, job_title = ?, department = ? WHERE id = ?')
      .run(user.title, user.email, user.userPrincipalName, user.jobTitle, user.department, user.id);
  }
}
