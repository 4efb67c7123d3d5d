/**
 * `--lang en|zh-CN` for the command-line tools: removed from the arguments and applied to the
 * message catalogue (UI_LOCALE is the default). Exits with the allowed values on a bad one.
 */
import { MESSAGE_LOCALES, setMessageLocale, type MessageLocale } from '../src/validation/messages.ts';

export function takeLangOption(args: string[], tool: string): string[] {
  const at = args.indexOf('--lang');
  if (at < 0) return args;
  const lang = args[at + 1];
  if (!MESSAGE_LOCALES.includes(lang as MessageLocale)) {
    console.error(`${tool}: --lang ${lang ?? ''}: ${MESSAGE_LOCALES.join(' | ')}`);
    process.exit(2);
  }
  setMessageLocale(lang as MessageLocale);
  return args.filter((_, index) => index !== at && index !== at + 1);
}
