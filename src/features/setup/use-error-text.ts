import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isSetupErrorKey } from './setup-form';

/**
 * Turns a schema message (a key of `setup.errors`) into text in the user's language. Any other
 * message (a bug, not a user's mistake) still gets a readable "check this point".
 */
export function useErrorText(): (message: string | undefined) => string | undefined {
  const { t } = useTranslation();
  return useCallback(
    (message: string | undefined) => {
      if (message === undefined || message === '') return undefined;
      return isSetupErrorKey(message) ? t(`setup.errors.${message}`) : t('setup.errors.invalid');
    },
    [t],
  );
}
