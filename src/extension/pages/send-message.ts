// Typed runtime messages from the extension's pages to the background.
import { browser } from '../browser-api';
import type { Message } from '../protocol';

export function send<Reply>(message: Message): Promise<Reply> {
  return browser.runtime.sendMessage<Message, Reply>(message);
}
