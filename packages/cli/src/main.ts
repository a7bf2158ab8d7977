import { Command } from 'commander';
import { extractCommand } from './commands/extract.ts';

const program = new Command()
  .name('coopnews')
  .description('coopnews: cooperation news turned into records of actors, agreements and programs')
  .showHelpAfterError();

program.addCommand(extractCommand());

await program.parseAsync(process.argv);
