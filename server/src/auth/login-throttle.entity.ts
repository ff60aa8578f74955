import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The table rate-limiter-flexible's PostgreSQL store uses (its own column names), so every instance shares the counts. */
@Entity('login_throttle')
export class LoginThrottle {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  key: string;

  @Column({ type: 'integer', default: 0 })
  points: number;

  @Column({ type: 'bigint', nullable: true })
  expire: string | null;
}
