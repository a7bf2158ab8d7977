import { Command } from 'commander';
import { extractCommand } from './commands/extract.ts';
import { reextractCommand } from './commands/reextract.ts';
import { queryCommand } from './commands/query.ts';
import { errorsCommand } from './commands/errors.ts';
import { watchCommand } from './commands/watch.ts';
import { feedsCommand } from './commands/feeds.ts';

const program = new Command()
  .name('coopnews')
  .description('coopnews: cooperation news turned into records of actors, agreements and programs')
  .showHelpAfterError();

program.addCommand(extractCommand());
program.addCommand(reextractCommand());
program.addCommand(queryCommand());
program.addCommand(errorsCommand());
program.addCommand(watchCommand());
program.addCommand(feedsCommand());

await program.parseAsync(process.argv);
