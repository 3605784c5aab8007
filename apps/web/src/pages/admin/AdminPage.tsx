import { Tabs } from '@mantine/core';
import { IconAdjustments, IconCalendarEvent, IconHistory, IconMessages, IconUsers } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import type { AdminTab } from '@web/shared/routes';
import { AuditLogPanel } from '@web/modules/admin/components/AuditLogPanel';
import { HolidayCalendarsPanel } from '@web/modules/admin/components/HolidayCalendarsPanel';
import { OneOnOneTemplatesPanel } from '@web/modules/admin/components/OneOnOneTemplatesPanel';
import { OrganizationSettingsPanel } from '@web/modules/admin/components/OrganizationSettingsPanel';
import { UsersPanel } from '@web/modules/admin/components/UsersPanel';
import { PageHeader } from '@web/shared/components/PageHeader';

const tabs: AdminTab[] = ['users', 'audit-log', 'settings', 'calendars', 'templates'];

function isAdminTab(value: string | null): value is AdminTab {
  return tabs.some((tab) => tab === value);
}

export function AdminPage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: AdminTab = isAdminTab(requested) ? requested : 'users';

  return (
    <>
      <PageHeader
        title="Admin"
        description="Users, the audit log, your organization's settings, its holiday calendars and one-on-one templates."
      />
      <Tabs
        value={tab}
        onChange={(value) => {
          if (isAdminTab(value)) setParams(value === 'users' ? {} : { tab: value }, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label="Admin sections" mb="md">
          <Tabs.Tab value="users" leftSection={<IconUsers size={16} aria-hidden />}>
            Users
          </Tabs.Tab>
          <Tabs.Tab value="audit-log" leftSection={<IconHistory size={16} aria-hidden />}>
            Audit log
          </Tabs.Tab>
          <Tabs.Tab value="settings" leftSection={<IconAdjustments size={16} aria-hidden />}>
            Organization settings
          </Tabs.Tab>
          <Tabs.Tab value="calendars" leftSection={<IconCalendarEvent size={16} aria-hidden />}>
            Holiday calendars
          </Tabs.Tab>
          <Tabs.Tab value="templates" leftSection={<IconMessages size={16} aria-hidden />}>
            One-on-one templates
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users">
          <UsersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="audit-log">
          <AuditLogPanel />
        </Tabs.Panel>
        <Tabs.Panel value="settings">
          <OrganizationSettingsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="calendars">
          <HolidayCalendarsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="templates">
          <OneOnOneTemplatesPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
