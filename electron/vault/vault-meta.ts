// Facts about the vault itself, stored inside it: its id ties the database to its keyring.
import type { SqlExecutor } from '../db/sql-database';

export async function writeVaultId(tx: SqlExecutor, vaultId: string, createdAt: string): Promise<void> {
  await tx.run("INSERT INTO vault_meta (key, value) VALUES ('vault_id', ?), ('created_at', ?)", [vaultId, createdAt]);
}

export async function readVaultId(ex: SqlExecutor): Promise<string | null> {
  const row = await ex.get<{ value: string }>("SELECT value FROM vault_meta WHERE key = 'vault_id'");
  return row?.value ?? null;
}
