/** Every message this project posts or accepts (host commands and events, the speaker-view channel) has a `type` starting with this. */
export const MESSAGE_PREFIX = 'shellroute:';
