import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/lib/escape-html';

describe('escapeHtml', () => {
  it('escapes markup and quotes, leaving Thai text alone', () => {
    expect(escapeHtml(`<a href="x">ต.ดอนแก้ว & 'อ.แม่ริม'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;ต.ดอนแก้ว &amp; &#39;อ.แม่ริม&#39;&lt;/a&gt;',
    );
  });
});
