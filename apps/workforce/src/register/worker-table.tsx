import { useQuery } from '@apollo/client/react';
import {
  CERTIFICATE_STATE_LABELS,
  DataTable,
  ErrorPanel,
  SKILL_LEVEL_LABELS,
  TALENT_LIBRARY_LABELS,
  WORKER_POST_LABELS,
  useFormat,
  useLang,
  useT,
  valuesOf,
  type Column,
  type TableSort,
} from '@carecircle/ui';
import { useMemo, useState, type ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import type { CertificateState, SkillLevel, TalentLibrary, WorkerFilter, WorkerPost, WorkerSortField } from '../gql/graphql.js';
import { messages } from '../messages.js';
import { CertificateBadge } from './certificate-badge.js';

export const WorkerRowFragment = graphql(`
  fragment WorkerRow_Worker on Worker {
    id
    name
    gender
    idNumberMasked
    post
    skillLevel
    stars
    certificateState
    certificateValidUntil
    yearsInService
    employer {
      id
      name
    }
    placedAt {
      id
      name
    }
  }
`);

const RegisterQuery = graphql(`
  query WorkerRegister($filter: WorkerFilter, $first: Int, $after: String, $orderBy: WorkerOrder) {
    workers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...WorkerRow_Worker
      }
    }
  }
`);

const ChoicesQuery = graphql(`
  query RegisterChoices($divisions: Boolean!) {
    employers {
      id
      name
    }
    divisions(filter: { levels: [STREET, TOWN] }, first: 100) @include(if: $divisions) {
      nodes {
        id
        name
      }
    }
  }
`);

const PAGE = 50;
const POSTS = valuesOf(WORKER_POST_LABELS);
const LEVELS = valuesOf(SKILL_LEVEL_LABELS);
const STATES = valuesOf(CERTIFICATE_STATE_LABELS);
const LIBRARIES = valuesOf(TALENT_LIBRARY_LABELS);
/** Columns the server sorts by, keyed by the table's column keys. */
const SORT_FIELDS: Record<string, WorkerSortField> = {
  name: 'NAME',
  employer: 'EMPLOYER',
  post: 'POST',
  level: 'SKILL_LEVEL',
  stars: 'STARS',
  validUntil: 'CERTIFICATE_VALID_UNTIL',
};

/** What the register is filtered by (kept by the app, so alerts can open the register filtered). */
export interface RegisterFilter {
  search: string;
  divisionId: string;
  employerId: string;
  post: WorkerPost | '';
  skillLevel: SkillLevel | '';
  minStars: number | null;
  certificateState: CertificateState | '';
  /** Only the members of one talent library. */
  library: TalentLibrary | '';
  /** Only the workers of medical institutions (employed or placed there). */
  medicalOnly: boolean;
}

export const NO_FILTER: RegisterFilter = {
  search: '',
  divisionId: '',
  employerId: '',
  post: '',
  skillLevel: '',
  minStars: null,
  certificateState: '',
  library: '',
  medicalOnly: false,
};

function toApi(f: RegisterFilter): WorkerFilter {
  return {
    search: f.search.trim() || null,
    divisionId: f.divisionId || null,
    employerId: f.employerId || null,
    posts: f.post ? [f.post] : null,
    skillLevels: f.skillLevel ? [f.skillLevel] : null,
    minStars: f.minStars,
    certificateStates: f.certificateState ? [f.certificateState] : null,
    libraries: f.library ? [f.library] : null,
    inMedicalInstitutions: f.medicalOnly ? true : null,
  };
}

type Row = FragmentType<typeof WorkerRowFragment>;

/** The register: searched, filtered and sorted on the server, paged with the total count. */
export function WorkerTable({
  filter,
  onFilter,
  onOpen,
  divisionScoped,
  actions,
}: {
  filter: RegisterFilter;
  onFilter: (f: RegisterFilter) => void;
  onOpen: (id: string) => void;
  divisionScoped: boolean;
  actions?: ReactNode;
}) {
  const t = useT(messages);
  const lang = useLang();
  const { n } = useFormat();
  const [sort, setSort] = useState<TableSort>({ key: 'name', dir: 'asc' });
  // Cursors of the pages before the current one (the first page has none).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const variables = {
    filter: toApi(filter),
    first: PAGE,
    after,
    orderBy: { field: SORT_FIELDS[sort.key] ?? 'NAME', direction: sort.dir === 'asc' ? ('ASC' as const) : ('DESC' as const) },
  };
  const { data, previousData, error, loading } = useQuery(RegisterQuery, { variables, fetchPolicy: 'cache-and-network' });
  const shown = data ?? previousData;
  const choices = useQuery(ChoicesQuery, { variables: { divisions: !divisionScoped } });
  const set = (patch: Partial<RegisterFilter>) => {
    setCursors([null]);
    onFilter({ ...filter, ...patch });
  };
  const total = shown?.workers.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE));

  const columns = useMemo<Column<Row>[]>(() => {
    const w = (r: Row) => getFragmentData(WorkerRowFragment, r);
    return [
      {
        key: 'name',
        header: t('name'),
        cell: (r) => <strong>{w(r).name}</strong>,
        sortValue: (r) => w(r).name,
      },
      { key: 'id', header: t('idNumber'), cell: (r) => <code>{w(r).idNumberMasked}</code>, nowrap: true },
      {
        key: 'employer',
        header: t('employer'),
        cell: (r) => (
          <>
            {w(r).employer?.name ?? t('notEmployed')}
            {w(r).placedAt && (
              <div className="cc-muted">
                {t('placedAt')}: {w(r).placedAt!.name}
              </div>
            )}
          </>
        ),
        sortValue: (r) => w(r).employer?.name,
      },
      {
        key: 'post',
        header: t('post'),
        cell: (r) => (w(r).post ? WORKER_POST_LABELS[w(r).post!][lang] : t('noValue')),
        sortValue: (r) => w(r).post,
      },
      {
        key: 'level',
        header: t('skillLevel'),
        cell: (r) => (w(r).skillLevel ? SKILL_LEVEL_LABELS[w(r).skillLevel!][lang] : t('noValue')),
        sortValue: (r) => w(r).skillLevel,
        nowrap: true,
      },
      {
        key: 'stars',
        header: t('stars'),
        cell: (r) => (w(r).stars ? <span title={t('starsValue', { n: w(r).stars! })}>{'★'.repeat(w(r).stars!)}</span> : t('noValue')),
        sortValue: (r) => w(r).stars,
        nowrap: true,
      },
      {
        key: 'validUntil',
        header: t('validUntil'),
        cell: (r) => (
          <>
            <CertificateBadge state={w(r).certificateState} /> {w(r).certificateValidUntil ?? ''}
          </>
        ),
        sortValue: (r) => w(r).certificateValidUntil,
        nowrap: true,
      },
      { key: 'years', header: t('years'), cell: (r) => t('yearsValue', { n: w(r).yearsInService }), align: 'right', nowrap: true },
    ];
  }, [t, lang]);

  return (
    <section className="cc-panel" data-testid="worker-register">
      <div className="cc-row cc-wf-filters">
        <input
          type="search"
          placeholder={t('search')}
          aria-label={t('search')}
          value={filter.search}
          onChange={(e) => set({ search: e.target.value })}
          data-testid="worker-search"
          style={{ minWidth: 260 }}
        />
        {!divisionScoped && (
          <select
            aria-label={t('division')}
            value={filter.divisionId}
            onChange={(e) => set({ divisionId: e.target.value })}
            data-testid="filter-division"
          >
            <option value="">{t('allDivisions')}</option>
            {choices.data?.divisions?.nodes.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        )}
        <select
          aria-label={t('employer')}
          value={filter.employerId}
          onChange={(e) => set({ employerId: e.target.value })}
          data-testid="filter-employer"
        >
          <option value="">{t('allEmployers')}</option>
          {choices.data?.employers.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
        <select
          aria-label={t('post')}
          value={filter.post}
          onChange={(e) => set({ post: e.target.value as WorkerPost | '' })}
          data-testid="filter-post"
        >
          <option value="">{t('allPosts')}</option>
          {POSTS.map((p) => (
            <option key={p} value={p}>
              {WORKER_POST_LABELS[p][lang]}
            </option>
          ))}
        </select>
        <select
          aria-label={t('skillLevel')}
          value={filter.skillLevel}
          onChange={(e) => set({ skillLevel: e.target.value as SkillLevel | '' })}
          data-testid="filter-level"
        >
          <option value="">{t('allLevels')}</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {SKILL_LEVEL_LABELS[l][lang]}
            </option>
          ))}
        </select>
        <select
          aria-label={t('stars')}
          value={filter.minStars ?? ''}
          onChange={(e) => set({ minStars: e.target.value ? Number(e.target.value) : null })}
          data-testid="filter-stars"
        >
          <option value="">{t('anyStars')}</option>
          {[5, 4, 3, 2].map((s) => (
            <option key={s} value={s}>
              {t('minStars', { n: s })}
            </option>
          ))}
        </select>
        <select
          aria-label={t('certificateState')}
          value={filter.certificateState}
          onChange={(e) => set({ certificateState: e.target.value as CertificateState | '' })}
          data-testid="filter-certificate"
        >
          <option value="">{t('allStates')}</option>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {CERTIFICATE_STATE_LABELS[s][lang]}
            </option>
          ))}
        </select>
        <select
          aria-label={t('library')}
          value={filter.library}
          onChange={(e) => set({ library: e.target.value as TalentLibrary | '' })}
          data-testid="filter-library"
        >
          <option value="">{t('allLibraries')}</option>
          {LIBRARIES.map((l) => (
            <option key={l} value={l}>
              {TALENT_LIBRARY_LABELS[l][lang]}
            </option>
          ))}
        </select>
        <label className="cc-wf-inline">
          <input
            type="checkbox"
            checked={filter.medicalOnly}
            onChange={(e) => set({ medicalOnly: e.target.checked })}
            data-testid="filter-medical"
          />{' '}
          {t('medicalOnly')}
        </label>
        <button type="button" onClick={() => set(NO_FILTER)}>
          {t('clearFilters')}
        </button>
        <span style={{ flex: 1 }} />
        {actions}
      </div>
      {(error ?? choices.error) && <ErrorPanel error={error ?? choices.error} />}
      <div className="cc-row" style={{ margin: '6px 0' }}>
        <strong data-testid="worker-total">{t('total', { n: n(total) })}</strong>
        <span className="cc-muted">{loading && !data ? t('loading') : t('page', { page: cursors.length, pages })}</span>
        <button type="button" disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))} data-testid="page-previous">
          {t('previous')}
        </button>
        <button
          type="button"
          disabled={!shown?.workers.pageInfo.hasNextPage}
          onClick={() => setCursors([...cursors, shown!.workers.pageInfo.endCursor])}
          data-testid="page-next"
        >
          {t('next')}
        </button>
      </div>
      <DataTable
        rows={shown?.workers.nodes ?? []}
        columns={columns}
        rowKey={(r) => getFragmentData(WorkerRowFragment, r).id}
        onSelect={(r) => onOpen(getFragmentData(WorkerRowFragment, r).id)}
        sort={sort}
        onSort={(s) => {
          setCursors([null]);
          setSort(s);
        }}
        testId="worker-table"
      />
    </section>
  );
}
