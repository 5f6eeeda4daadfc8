/** The database adapter of a generated project on MySQL or MariaDB: a mysql2 pool. */

export const mysqlConnectFile = `import mysql, { type ResultSetHeader } from 'mysql2/promise';
import type { Db } from './types.js';

export interface ConnectOptions {
  /** mysql://user:password@host:3306/database */
  url: string;
  poolSize?: number;
}

type Queryable = Pick<mysql.Pool, 'query'>;

export async function connect(options: ConnectOptions): Promise<Db> {
  const settings = {
    uri: options.url,
    // Date-times are UTC both ways; dates stay 'YYYY-MM-DD' strings and decimals become numbers.
    timezone: 'Z',
    dateStrings: ['DATE' as const],
    decimalNumbers: true,
  };
  const pool = mysql.createPool({ ...settings, connectionLimit: options.poolSize ?? 10 });
  // CURRENT_TIMESTAMP (created_at, updated_at) follows the session's time zone.
  pool.on('connection', (connection) => {
    connection.query("SET time_zone = '+00:00'");
  });

  const wrap = (client: Queryable): Omit<Db, 'exec' | 'transaction' | 'close'> => ({
    async query<T>(text: string, params: unknown[] = []) {
      const [rows] = await client.query(text, params);
      return rows as T[];
    },
    async insert(text: string, params: unknown[] = []) {
      const [result] = await client.query<ResultSetHeader>(text, params);
      return result.insertId;
    },
    async run(text: string, params: unknown[] = []) {
      const [result] = await client.query<ResultSetHeader>(text, params);
      return result.affectedRows;
    },
  });

  // Migrations hold several statements; only this short-lived connection accepts them, so an injected
  // value could never append a statement to an ordinary query.
  const exec = async (sql: string) => {
    const connection = await mysql.createConnection({ ...settings, multipleStatements: true });
    try {
      await connection.query(sql);
    } finally {
      await connection.end();
    }
  };

  return {
    ...wrap(pool),
    exec,
    async transaction(work) {
      const connection = await pool.getConnection();
      try {
        await connection.beginTransaction();
        const tx: Db = { ...wrap(connection), exec, transaction: (inner) => inner(tx), close: async () => {} };
        const result = await work(tx);
        await connection.commit();
        return result;
      } catch (error) {
        await connection.rollback();
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}
`;
