import { Command } from 'commander';
import { extractCommand } from './commands/extract.ts';
import { reextractCommand } from './commands/reextract.ts';

const program = new Command()
  .name('coopnews')
  .description('coopnews: cooperation news turned into records of actors, agreements and programs')
  .showHelpAfterError();

program.addCommand(extractCommand());
program.addCommand(reextractCommand());

await program.parseAsync(process.argv);
