// One promise per group commit, shared by every append() that the commit covers.
export interface Batch {
  promise: Promise<void>;
  resolve: () => void;
  reject: (e: Error) => void;
}

export function makeBatch(): Batch {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Rejections reach callers through their own promise chains; this base promise must not be "unhandled".
  promise.catch(() => {});
  return { promise, resolve, reject };
}
