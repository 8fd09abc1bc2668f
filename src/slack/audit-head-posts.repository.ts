import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** The slack module's SQL for the daily audit-head post. */
@Injectable()
export class AuditHeadPostsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** True for the one caller, of every instance, that gets to post `day`'s head. */
  async claim(day: string, at: Date): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO slack_audit_head_posts (day, claimed_at) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING RETURNING day`,
      [day, at],
    );
    return rows.length === 1;
  }

  /** A post that failed gives its day back, so the next round tries again. */
  async release(day: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM slack_audit_head_posts WHERE day = $1`, [day]);
  }
}
