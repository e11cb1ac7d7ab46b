// The public verification page of a certificate: plain HTML, every value escaped, styled inline (the CSP
// allows inline styles, not scripts).
import type { Certificate } from '../contract.ts';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

const day = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

export function certificatePage(certificate: Certificate): string {
  const verdict = certificate.valid
    ? `<p class="ok">Valid: this certificate was issued by ProStudio.</p>`
    : `<p class="bad">Revoked on ${escape(day(certificate.revokedAt ?? certificate.issuedAt))}` +
      `${certificate.revokedReason ? `: ${escape(certificate.revokedReason)}` : ''}. It is no longer valid.</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Certificate ${escape(certificate.code)} · ProStudio</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #1e1c22; }
.ok { color: #14532d; background: #dcfce7; padding: .75rem 1rem; border-radius: .5rem; }
.bad { color: #7f1d1d; background: #fee2e2; padding: .75rem 1rem; border-radius: .5rem; }
dt { font-weight: 600; } dd { margin: 0 0 .75rem; }
</style>
</head>
<body>
<h1>Certificate of completion</h1>
${verdict}
<dl>
<dt>Awarded to</dt><dd>${escape(certificate.student)}</dd>
<dt>For the course</dt><dd>${escape(certificate.course)}</dd>
<dt>Taught by</dt><dd>${escape(certificate.instructor)}</dd>
<dt>Issued</dt><dd>${escape(day(certificate.issuedAt))}</dd>
<dt>Verification code</dt><dd><code>${escape(certificate.code)}</code></dd>
</dl>
</body>
</html>
`;
}
