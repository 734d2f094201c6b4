/**
 * Serves the production build in dist/ on localhost and prints the address.
 * Usage: tsx scripts/serve.ts [--port 4321] [--dir dist]
 */
import { startStaticServer } from './lib/static-server';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const port = Number(option('port') ?? process.env.PORT ?? 4321);
const dir = option('dir') ?? 'dist';

const server = await startStaticServer(dir, port);
console.log(`\nเว็บพร้อมใช้งานที่ / site is being served at: ${server.url}\nกด Ctrl+C เพื่อหยุด / press Ctrl+C to stop\n`);
