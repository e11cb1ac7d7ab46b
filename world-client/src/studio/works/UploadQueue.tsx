// Many files at once, dropped or chosen: each one checked, uploaded with its own progress bar and preview,
// then made into a work (a sculpture gets a picture taken from its turning preview, or one the artist picks).
// A file that fails says why beside its bar, and the others carry on.
import type { Artwork } from '@prostudio/backend/contract';
import { type DragEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { createArtwork, uploadFile } from '../../api/works.ts';
import { canvasPicture, ModelPreview } from './ModelPreview.tsx';
import { classifyFile, formatBytes, titleFromFileName } from './upload-files.ts';

type Status = 'uploading' | 'picture' | 'creating' | 'done' | 'failed';

interface Queued {
  readonly key: string;
  readonly name: string;
  readonly size: number;
  readonly kind: 'image' | 'model' | 'refused';
  readonly previewUrl: string | null;
  status: Status;
  progress: number;
  error: string | null;
  /** A sculpture's model could not be drawn: the artist picks its picture. */
  needsPicture: boolean;
  work: Artwork | null;
}

interface Waiting {
  promise: Promise<Blob>;
  resolve: (picture: Blob) => void;
}

let counter = 0;
const percent = new Intl.NumberFormat(undefined, { style: 'percent' });

export function UploadQueue({ onCreated }: { onCreated: (work: Artwork) => void }) {
  const [items, setItems] = useState<readonly Queued[]>([]);
  const [over, setOver] = useState(false);
  const inputId = useId();
  const pictures = useRef(new Map<string, Waiting>());
  const urls = useRef<string[]>([]);
  useEffect(() => () => urls.current.forEach((url) => URL.revokeObjectURL(url)), []);

  const update = useCallback((key: string, change: Partial<Queued>) => {
    setItems((all) => all.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const pictureOf = (key: string): Waiting => {
    let waiting = pictures.current.get(key);
    if (!waiting) {
      let resolve: (picture: Blob) => void = () => undefined;
      const promise = new Promise<Blob>((done) => (resolve = done));
      waiting = { promise, resolve };
      pictures.current.set(key, waiting);
    }
    return waiting;
  };

  const send = async (key: string, file: File, kind: 'image' | 'model') => {
    const title = titleFromFileName(file.name);
    const year = new Date().getFullYear();
    try {
      const upload = await uploadFile(file, file.name, (progress) => update(key, { progress }));
      let work: Artwork;
      if (kind === 'model') {
        update(key, { status: 'picture' });
        const picture = await uploadFile(await pictureOf(key).promise, `${title}.png`, () => undefined);
        update(key, { status: 'creating' });
        work = await createArtwork({ mediaId: picture.id, modelId: upload.id, title, year });
      } else {
        update(key, { status: 'creating' });
        work = await createArtwork({ mediaId: upload.id, title, year });
      }
      update(key, { status: 'done', work });
      onCreated(work);
    } catch (error) {
      update(key, { status: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  const add = (files: readonly File[]) => {
    const added = files.map((file): Queued => {
      const key = `upload-${(counter += 1)}`;
      const checked = classifyFile(file);
      const previewUrl = checked.kind === 'refused' ? null : URL.createObjectURL(file);
      if (previewUrl) urls.current.push(previewUrl);
      if (checked.kind !== 'refused') void send(key, file, checked.kind);
      return {
        key,
        name: file.name,
        size: file.size,
        kind: checked.kind,
        previewUrl,
        status: checked.kind === 'refused' ? 'failed' : 'uploading',
        progress: 0,
        error: checked.kind === 'refused' ? checked.message : null,
        needsPicture: false,
        work: null,
      };
    });
    setItems((all) => [...all, ...added]);
  };

  const drop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    add([...event.dataTransfer.files]);
  };

  const finished = items.filter((item) => item.status === 'done' || item.status === 'failed');
  return (
    <section className="upload" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Add works</h2>
      <div
        className={over ? 'dropzone over' : 'dropzone'}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        data-testid="dropzone"
      >
        <p>
          Drop pictures (PNG, JPEG, GIF, WebP) and 3D models (.glb) here, as many as you like, up to{' '}
          {formatBytes(25 * 1024 * 1024)} each.
        </p>
        <label htmlFor={inputId} className="button-like">
          Choose files
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          multiple
          accept="image/png,image/jpeg,image/gif,image/webp,.glb,model/gltf-binary"
          onChange={(event) => {
            add([...(event.currentTarget.files ?? [])]);
            event.currentTarget.value = '';
          }}
        />
      </div>
      {items.length > 0 && (
        <>
          <ul className="queue" aria-label="Uploads">
            {items.map((item) => (
              <QueueItem
                key={item.key}
                item={item}
                onDrawn={(canvas) =>
                  void canvasPicture(canvas).then(
                    (picture) => pictureOf(item.key).resolve(picture),
                    () => update(item.key, { needsPicture: true }),
                  )
                }
                onPreviewFailed={() => update(item.key, { needsPicture: true })}
                onPicture={(picture) => {
                  update(item.key, { needsPicture: false });
                  pictureOf(item.key).resolve(picture);
                }}
              />
            ))}
          </ul>
          {finished.length > 0 && (
            <button
              type="button"
              className="secondary"
              onClick={() => setItems((all) => all.filter((item) => !finished.includes(item)))}
            >
              Clear finished uploads
            </button>
          )}
        </>
      )}
    </section>
  );
}

const STATUS_TEXT: Record<Status, string> = {
  uploading: 'Uploading',
  picture: 'Taking its picture',
  creating: 'Making the work',
  done: 'Done',
  failed: 'Failed',
};

function QueueItem({
  item,
  onDrawn,
  onPreviewFailed,
  onPicture,
}: {
  item: Queued;
  onDrawn: (canvas: HTMLCanvasElement) => void;
  onPreviewFailed: () => void;
  onPicture: (picture: File) => void;
}) {
  const pickId = useId();
  return (
    <li className={`queued ${item.status}`} data-status={item.status}>
      <div className="queued-preview">
        {item.kind === 'image' && item.previewUrl && <img src={item.previewUrl} alt="" />}
        {item.kind === 'model' && item.previewUrl && (
          <ModelPreview
            url={item.previewUrl}
            label={`${item.name}, turning`}
            size={96}
            onDrawn={onDrawn}
            onFailed={onPreviewFailed}
          />
        )}
        {item.kind === 'refused' && <span aria-hidden="true">✕</span>}
      </div>
      <div className="queued-body">
        <strong className="queued-name">{item.name}</strong>
        <span className="muted"> · {formatBytes(item.size)}</span>
        {item.kind !== 'refused' && (
          <div>
            <progress value={item.progress} max={1} aria-label={`Upload of ${item.name}`} />
            <span className="progress-label">
              {item.status === 'uploading'
                ? `${STATUS_TEXT.uploading} ${percent.format(item.progress)}`
                : STATUS_TEXT[item.status]}
            </span>
          </div>
        )}
        {item.status === 'done' && item.work && (
          <span className="muted">Now “{item.work.title}” in your works below.</span>
        )}
        {item.error && (
          <p className="field-error" role="alert">
            {item.error}
          </p>
        )}
        {item.kind === 'model' && item.needsPicture && item.status !== 'done' && item.status !== 'failed' && (
          <label htmlFor={pickId}>
            A sculpture needs a picture of it: choose one
            <input
              id={pickId}
              type="file"
              accept="image/png,image/jpeg,image/gif,image/webp"
              onChange={(event) => {
                const picture = event.currentTarget.files?.[0];
                if (picture) onPicture(picture);
              }}
            />
          </label>
        )}
      </div>
    </li>
  );
}
