import { Paper, Tabs, VisuallyHidden } from '@mantine/core';
import { IconArrowsDiff, IconBooks, IconFileCode, IconPencil } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import type { FrameworkTab } from '@web/shared/routes';
import { useCurrentUser } from '@web/modules/auth/hooks/useCurrentUser';
import { FrameworkBrowser } from '@web/modules/framework/components/FrameworkBrowser';
import { FrameworkEditor } from '@web/modules/framework/components/FrameworkEditor';
import { UnsavedDot } from '@web/modules/framework/components/UnsavedDot';
import { FrameworkYamlPanel } from '@web/modules/framework/components/FrameworkYamlPanel';
import { LevelComparisonPanel } from '@web/modules/framework/components/LevelComparisonPanel';
import { useFramework } from '@web/modules/framework/hooks/useFramework';
import { useFrameworkDraft } from '@web/modules/framework/hooks/useFrameworkDraft';
import { LoadingState } from '@web/shared/components/LoadingState';
import { PageHeader } from '@web/shared/components/PageHeader';
import { QueryError } from '@web/shared/components/QueryError';
import { UnsavedChangesGuard } from '@web/shared/components/UnsavedChangesGuard';

function allowedTabs(isAdmin: boolean): FrameworkTab[] {
  return isAdmin ? ['browse', 'compare', 'edit', 'import-export'] : ['browse', 'compare'];
}

export function FrameworkPage() {
  const { user } = useCurrentUser();
  const { framework, error, refetch } = useFramework();
  const [params, setParams] = useSearchParams();
  const isAdmin = user?.role === 'ADMIN';
  // The admin's unsaved edit lives here, so that it survives a look at another tab.
  const editing = useFrameworkDraft(isAdmin ? framework : undefined);
  const tabs = allowedTabs(isAdmin);
  const tab = tabs.find((item) => item === params.get('tab')) ?? 'browse';

  return (
    <>
      <PageHeader
        title="Career framework"
        description={framework?.description ?? 'What each level expects, competency by competency, on every track.'}
      />
      {/* Leaving the page (not the tab) with unsaved edits asks first. */}
      <UnsavedChangesGuard when={editing.changed} what="your edits to the framework" />
      {error && !framework ? (
        <Paper withBorder p="md">
          <QueryError title="Could not load the framework" error={error} onRetry={() => refetch()} />
        </Paper>
      ) : !framework ? (
        <Paper withBorder p="md">
          <LoadingState label="Loading the framework" rows={8} />
        </Paper>
      ) : (
        <Tabs
          value={tab}
          onChange={(value) => {
            const next = tabs.find((item) => item === value);
            if (next) setParams(next === 'browse' ? {} : { tab: next }, { replace: true });
          }}
          keepMounted={false}
        >
          <Tabs.List aria-label="Framework sections" mb="md">
            <Tabs.Tab value="browse" leftSection={<IconBooks size={16} aria-hidden />}>
              Browse
            </Tabs.Tab>
            <Tabs.Tab value="compare" leftSection={<IconArrowsDiff size={16} aria-hidden />}>
              Compare levels
            </Tabs.Tab>
            {isAdmin ? (
              <>
                <Tabs.Tab
                  value="edit"
                  leftSection={<IconPencil size={16} aria-hidden />}
                  rightSection={
                    editing.changed ? (
                      <>
                        <UnsavedDot />
                        <VisuallyHidden>(unsaved changes)</VisuallyHidden>
                      </>
                    ) : null
                  }
                >
                  Edit
                </Tabs.Tab>
                <Tabs.Tab value="import-export" leftSection={<IconFileCode size={16} aria-hidden />}>
                  Import / export
                </Tabs.Tab>
              </>
            ) : null}
          </Tabs.List>
          <Tabs.Panel value="browse">
            <FrameworkBrowser framework={framework} isAdmin={isAdmin} />
          </Tabs.Panel>
          <Tabs.Panel value="compare">
            <LevelComparisonPanel framework={framework} />
          </Tabs.Panel>
          {isAdmin ? (
            <Tabs.Panel value="edit">
              <FrameworkEditor editing={editing} onReload={async () => (await refetch()).data?.framework} />
            </Tabs.Panel>
          ) : null}
          {isAdmin ? (
            <Tabs.Panel value="import-export">
              <FrameworkYamlPanel version={framework.version} onReload={() => refetch()} />
            </Tabs.Panel>
          ) : null}
        </Tabs>
      )}
    </>
  );
}
