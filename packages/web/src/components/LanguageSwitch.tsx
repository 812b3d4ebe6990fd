import { Dropdown, Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/index.tsx';
import { LANGS } from '../i18n/types.ts';

/** 中文 / English switch for the header and the login page. */
export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [lang],
        items: LANGS.map((l) => ({ key: l, label: t(`lang.${l}`) })),
        onClick: ({ key }) => setLang(key as typeof lang),
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} style={dark ? { color: 'rgba(255,255,255,0.85)' } : undefined} aria-label={t('lang.switch')} data-testid="lang-switch">
        {lang === 'zh-CN' ? '中文' : 'EN'}
      </Button>
    </Dropdown>
  );
}
