import type { AuditVerifyReport } from '../../../../shared/contract/audit';
import { formatInt } from '../../logic/format';

export function VerifyResult({ report }: { readonly report: AuditVerifyReport }) {
  if (report.ok) {
    return (
      <div className="ok-box" role="status" data-testid="audit-verify-result" data-ok="true">
        <strong>Verified.</strong> {formatInt(report.entries)} entries and {formatInt(report.checkpoints)} checkpoints are intact. {report.detail}
      </div>
    );
  }
  return (
    <div className="error-box block" role="alert" data-testid="audit-verify-result" data-ok="false" data-damage={report.damage ?? ''} data-first-bad={report.firstBadSeq ?? ''}>
      <strong>Verification failed</strong>
      {report.firstBadSeq !== null && <> at entry #{report.firstBadSeq}</>}
      {report.damage && <> — {report.damage}</>}. {report.detail}
    </div>
  );
}
