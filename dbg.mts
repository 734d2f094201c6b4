import { loadPagefind } from './scripts/lib/pagefind-node.ts';
const { pagefind, bytesRead } = await loadPagefind('dist/pagefind');
const r = await pagefind.search('ชุมชน');
console.log(JSON.stringify(r.filters).slice(0, 200), [...bytesRead.keys()].filter((k) => k.includes('filter')));
const r2 = await pagefind.search('ชุมชน', { filters: { area: { any: ['health'] } } } as any);
console.log(JSON.stringify(r2.filters).slice(0, 300), r2.results.length);
