/** Resolves on the next animation frame, or after a short timeout where frames do not run (hidden tabs). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    requestAnimationFrame(() => finish());
    setTimeout(finish, 50);
  });
}

export async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await nextFrame();
}
