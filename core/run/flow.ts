/**
 * A run is the same steps whether the host answers at once (Apps Script) or later (Excel's JavaScript API,
 * the file system): `then` chains a value or a promise, `rescue` catches either way.
 */
export type Mode = 'sync' | 'async';
export type Later<M extends Mode, T> = M extends 'sync' ? T : Promise<T>;
type Maybe<T> = T | Promise<T>;

export function then<T, U>(value: Maybe<T>, next: (value: T) => Maybe<U>): Maybe<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}

export function rescue<T>(body: () => Maybe<T>, fail: (error: unknown) => never): Maybe<T> {
  try {
    const value = body();
    return value instanceof Promise ? value.catch(fail) : value;
  } catch (e) {
    return fail(e);
  }
}
