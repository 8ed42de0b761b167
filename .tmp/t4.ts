import { readdirSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import EmailReplyParser from 'email-reply-parser';
const planer = require('planer');
const talon = require('talon');
for (const dir of ['/work/shared/emails/dev/crisp-oss-email-reply-parser/test/fixtures', '/work/shared/emails/dev/github-email_reply_parser/test/emails']) {
  for (const f of readdirSync(dir)) {
    const text = readFileSync(`${dir}/${f}`, 'utf8');
    for (const [name, fn] of [['crisp', (t: string) => new EmailReplyParser().read(t)], ['planer', (t: string) => planer.extractFrom(t, 'text/plain')], ['talon', (t: string) => talon.signature.bruteforce.extractSignature(t)]] as const) {
      const t0 = performance.now();
      try { vm.runInNewContext('fn(text)', { fn, text }, { timeout: 2000 }); } catch (e) { console.log('ERR', name, f, String(e).slice(0, 80)); }
      const ms = performance.now() - t0;
      if (ms > 50) console.log(name, f, text.length, ms.toFixed(0));
    }
  }
}
console.log('done');
