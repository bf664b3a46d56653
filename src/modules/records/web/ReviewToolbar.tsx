// The review viewer's controls above the pages (documents, zoom, text selection, "redact every occurrence of …")
// and the page thumbnails beside them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../web/components/Alert.js';
import { useErrorMessage } from '../../../web/errors.js';
import type { TRequestDetail } from '../contract.js';
import { DocumentCheck } from './DocumentCheck.js';

export const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2];

type Doc = TRequestDetail['documentList'][number];

export function ReviewToolbar(props: {
  doc: Doc;
  index: number;
  count: number;
  setIndex: (index: number) => void;
  zoom: number;
  setZoom: (zoom: number) => void;
  textMode: boolean;
  setTextMode: (on: boolean) => void;
  onSearch: (phrase: string) => void;
  searching: boolean;
  searchError: unknown;
  searchResult: { phrase: string; hits: number } | null;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [search, setSearch] = useState('');
  const {
    doc,
    index,
    setIndex,
    zoom,
    setZoom,
    textMode,
    setTextMode,
    onSearch,
    searching,
    searchError,
    searchResult,
  } = props;
  return (
    <>
      <nav className="rt-actions" aria-label={t('modules.records.review.documents')}>
        <button
          type="button"
          className="button button-secondary"
          disabled={index === 0}
          onClick={() => setIndex(index - 1)}
        >
          {t('modules.records.review.previousDoc')}
        </button>
        <span aria-live="polite">
          {t('modules.records.review.docOf', { n: index + 1, total: props.count, title: doc.title })}
        </span>
        <DocumentCheck doc={doc} />
        <button
          type="button"
          className="button button-secondary"
          disabled={index >= props.count - 1}
          onClick={() => setIndex(index + 1)}
        >
          {t('modules.records.review.nextDoc')}
        </button>
      </nav>
      <div className="rt-actions">
        <label className="form-label" htmlFor="rt-zoom">
          {t('modules.records.review.zoom')}
        </label>
        <select
          id="rt-zoom"
          className="form-select"
          value={zoom}
          onChange={(e) => setZoom(Number(e.target.value))}
        >
          {ZOOMS.map((z) => (
            <option key={z} value={z}>
              {Math.round(z * 100)} %
            </option>
          ))}
        </select>
        <div className="form-group form-group-checkbox">
          <input
            id="rt-text-mode"
            type="checkbox"
            className="form-checkbox"
            checked={textMode}
            onChange={(e) => setTextMode(e.target.checked)}
          />
          <label htmlFor="rt-text-mode">{t('modules.records.review.textMode')}</label>
        </div>
      </div>
      <form
        className="rt-actions"
        onSubmit={(e) => {
          e.preventDefault();
          if (search.trim().length >= 2) onSearch(search.trim());
        }}
      >
        <label className="form-label" htmlFor="rt-search">
          {t('modules.records.review.searchHeading')}
        </label>
        <input
          id="rt-search"
          className="form-input"
          value={search}
          minLength={2}
          maxLength={200}
          onChange={(e) => setSearch(e.target.value)}
        />
        <button type="submit" className="button button-secondary" disabled={searching}>
          {t('modules.records.review.searchRedact')}
        </button>
      </form>
      {searchResult ? (
        <Alert
          variant={searchResult.hits ? 'success' : 'warning'}
          heading={t('modules.records.review.searchDone', {
            count: searchResult.hits,
            phrase: searchResult.phrase,
          })}
        />
      ) : null}
      {searchError ? <Alert variant="error" heading={message(searchError)} /> : null}
    </>
  );
}

export function PageThumbnails({
  docId,
  pages,
  currentPage,
  onOpen,
}: {
  docId: string;
  pages: { page: number; width: number; height: number }[];
  currentPage: number;
  onOpen: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="rt-review-thumbs" aria-label={t('modules.records.review.thumbnails')}>
      <ol>
        {pages.map((p) => (
          <li key={p.page}>
            <button
              type="button"
              aria-current={p.page === currentPage ? 'true' : undefined}
              onClick={() => onOpen(p.page)}
            >
              <img
                loading="lazy"
                src={`/api/records/documents/${docId}/pages/${p.page}/image?dpi=48`}
                alt=""
                style={{ aspectRatio: `${p.width} / ${p.height}` }}
              />
              {t('modules.records.review.pageShort', { page: p.page })}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
