import { NotificationLocale } from '@jalin/notifications';

/** The reset e-mail, in the user's language (Bahasa Indonesia unless they chose English). */
export const PASSWORD_RESET_TEXTS: Record<NotificationLocale, (minutes: number) => { title: string; body: string }> = {
  id: (minutes) => ({
    title: 'Atur ulang kata sandi Jalin',
    body: `Kami menerima permintaan untuk mengatur ulang kata sandi akun Jalin Anda. Tautan di bawah berlaku ${minutes} menit dan hanya dapat dipakai sekali; `
      + 'setelah kata sandi diganti, semua sesi Anda berakhir. Jika Anda tidak memintanya, abaikan e-mail ini: kata sandi Anda tidak berubah.',
  }),
  en: (minutes) => ({
    title: 'Reset your Jalin password',
    body: `We received a request to reset the password of your Jalin account. The link below is valid for ${minutes} minutes and works once; `
      + 'once the password is changed, all your sessions end. If you did not ask for this, ignore this e-mail: your password stays the same.',
  }),
};
