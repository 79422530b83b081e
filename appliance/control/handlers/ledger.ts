// The ledger of 特定個人情報ファイル (C-c): paths and counts, never a number.
import type { MyNumberLedger } from '../../ledger/mynumber-ledger.js';
import type { Handlers } from '../control-server.js';

export interface LedgerDeps {
  ledger: Pick<MyNumberLedger, 'entries'>;
}

export function ledgerHandlers(deps: LedgerDeps): Pick<Handlers, 'ledger.mynumber'> {
  return {
    'ledger.mynumber': async ({ asset, includeGone }) => deps.ledger.entries({ assetId: asset, includeGone }).map(({ scanId: _scan, ...row }) => row),
  };
}
