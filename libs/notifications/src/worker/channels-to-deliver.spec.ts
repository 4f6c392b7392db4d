import { NotificationChannel } from '../notification-channel.enum';
import { channelsToDeliver } from './channels-to-deliver';

const { IN_APP, EMAIL, WEBHOOK } = NotificationChannel;

describe('channels a notification goes out on', () => {
  it('defaults to in-app and e-mail, e-mail only with an SMTP server', () => {
    expect(channelsToDeliver(undefined, true)).toEqual([IN_APP, EMAIL]);
    expect(channelsToDeliver(undefined, false)).toEqual([IN_APP]);
  });

  it("follows the user's choice, webhook only with a URL", () => {
    expect(channelsToDeliver({ channels: [WEBHOOK, IN_APP], webhookUrl: 'https://x.example/h' }, true)).toEqual([IN_APP, WEBHOOK]);
    expect(channelsToDeliver({ channels: [WEBHOOK], webhookUrl: null }, true)).toEqual([]);
    expect(channelsToDeliver({ channels: [], webhookUrl: null }, true)).toEqual([]);
  });
});
