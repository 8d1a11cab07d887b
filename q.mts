import { extract } from '/work/main/src/ingest/extract.ts';
const body = process.argv[2]!;
const x = extract({ id: 't', url: null, title: null, published: '2024-03-07', source: null, body });
console.log(JSON.stringify(x.officials.map((o) => [o.name, o.country ?? o.org])), JSON.stringify(x.meetings.map((m) => [m.kind, m.status, m.date, m.city, m.country, m.participants, m.countries])));
