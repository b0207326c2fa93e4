import type { SeedContext, SeedStep } from '../seed-context.ts';

/** One project's history, written top to bottom; it waits for its dates with `await t.at(day)`. */
export type Story = (t: Timeline) => Promise<void>;

interface Waiting {
  day: number;
  order: number;
  resume: () => void;
}

/**
 * Plays several stories on the one seed clock. Projects overlap in time (one is in acceptance while the next
 * round is being published), yet the clock may only move forward: each tenant's audit chain must read in date
 * order. So every story runs as its own async function and parks at each `at(day)`; the timeline resumes the
 * story waiting for the earliest day (ties: first come), moves the clock there, and waits until that story
 * parks again or ends before resuming the next. One story runs at a time, so requests never interleave.
 */
export class Timeline {
  private readonly waiting: Waiting[] = [];
  private running = 0;
  private arrivals = 0;
  private unfinished = 0;
  private failure: { error: unknown } | null = null;
  private whenIdle: (() => void) | null = null;

  constructor(readonly ctx: SeedContext) {}

  /** Starts a story; it must wait for its first date before it calls the API. */
  start(name: string, story: Story): void {
    this.running++;
    this.unfinished++;
    void (async () => {
      try {
        await story(this);
      } catch (error) {
        this.failure ??= { error: error instanceof Error ? new Error(`story "${name}": ${error.message}`, { cause: error }) : error };
      } finally {
        this.unfinished--;
        this.parked();
      }
    })();
  }

  /** Parks the calling story until the clock reaches `day` (days from the real now: -30 = a month ago). */
  at(day: number): Promise<void> {
    return new Promise((resume) => {
      this.waiting.push({ day, order: this.arrivals++, resume });
      this.parked();
    });
  }

  /** Plays every story up to (not including) `endDay`, in date order. */
  async playUntil(endDay: number): Promise<void> {
    for (;;) {
      await this.idle();
      if (this.failure) throw this.failure.error;
      const next = this.waiting.reduce<Waiting | null>((best, item) => (!best || item.day < best.day || (item.day === best.day && item.order < best.order) ? item : best), null);
      if (!next || next.day >= endDay) return;
      this.waiting.splice(this.waiting.indexOf(next), 1);
      this.ctx.clock.travelTo(next.day);
      this.running++;
      next.resume();
    }
  }

  /** After the last chapter: every story must have reached its end. */
  assertFinished(): void {
    if (this.unfinished > 0 || this.waiting.length > 0) throw new Error(`seed timeline: ${this.unfinished} stories did not finish (waiting for days ${this.waiting.map((item) => item.day).join(', ')})`);
  }

  private parked(): void {
    this.running--;
    if (this.running === 0 && this.whenIdle) {
      const wake = this.whenIdle;
      this.whenIdle = null;
      wake();
    }
  }

  private idle(): Promise<void> {
    return this.running === 0 ? Promise.resolve() : new Promise((resolve) => (this.whenIdle = resolve));
  }
}

export interface Chapter {
  /** Shown while seeding, e.g. `lifecycle: 评审、公示与揭榜成功`. */
  name: string;
  /** The chapter plays the stories' days before this one (the last chapter plays to the end). */
  untilDay: number;
}

/**
 * The stories as seed steps, one per chapter of the shared history: the first chapter starts the stories, each
 * plays them up to its end day, the last checks that all of them finished. The timeline lives per run (context).
 */
export function timelineSteps(stories: Record<string, Story>, chapters: readonly Chapter[]): SeedStep[] {
  const timelines = new WeakMap<SeedContext, Timeline>();
  const timelineOf = (ctx: SeedContext) => {
    let timeline = timelines.get(ctx);
    if (!timeline) {
      const created = new Timeline(ctx);
      for (const [name, story] of Object.entries(stories)) created.start(name, story);
      timelines.set(ctx, created);
      timeline = created;
    }
    return timeline;
  };
  return chapters.map((chapter, index) => ({
    name: chapter.name,
    async run(ctx) {
      const timeline = timelineOf(ctx);
      const last = index === chapters.length - 1;
      await timeline.playUntil(last ? Number.POSITIVE_INFINITY : chapter.untilDay);
      if (last) timeline.assertFinished();
    },
  }));
}
