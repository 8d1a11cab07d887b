import { extract } from '/work/main/src/ingest/extract.ts';
const body = process.argv[2]!;
const x = extract({ id: 't', url: null, title: null, published: process.argv[3] ?? '2024-03-07', source: null, body });
console.log(JSON.stringify(x.officials.map((o) => [o.name, o.country ?? o.org])));
for (const m of x.meetings) console.log(JSON.stringify([m.kind, m.status, m.date, m.city, m.participants, m.countries]));
