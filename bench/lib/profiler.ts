// A V8 CPU profile of this process between two points (node:inspector), written as a .cpuprofile file for
// Chrome DevTools or bench/lib/cpuprofile.ts. Used by bench:ingest --cpu-profile and bench:api's server.
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

/** Starts profiling (every `intervalUs` microseconds, else V8's default); the function returned stops it and writes `file`. */
export async function startCpuProfile(intervalUs?: number): Promise<(file: string) => Promise<void>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  if (intervalUs !== undefined) await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.post('Profiler.start');
  return async (file) => {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(file, JSON.stringify(profile));
    session.disconnect();
  };
}
