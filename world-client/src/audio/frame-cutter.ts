// Cuts the microphone's stream of render blocks (128 samples in Chromium) into codec frames (960 samples,
// 20 ms at 48 kHz), remembering the sample number each frame starts at. Pure: the capture worklet runs it.

export class FrameCutter {
  private readonly frame: Float32Array[];
  private filled = 0;
  private start = 0;

  constructor(
    channels: number,
    private readonly size = 960,
  ) {
    this.frame = Array.from({ length: channels }, () => new Float32Array(size));
  }

  /**
   * Adds a block (one array per channel; missing channels repeat the last) whose first sample is number
   * `first`; calls `emit` with each whole frame (fresh arrays, free to transfer) and its first sample's number.
   */
  push(
    block: readonly Float32Array[],
    first: number,
    emit: (frame: Float32Array[], start: number) => void,
  ): void {
    const length = block[0]?.length ?? 0;
    let read = 0;
    while (read < length) {
      if (this.filled === 0) this.start = first + read;
      const take = Math.min(length - read, this.size - this.filled);
      for (let c = 0; c < this.frame.length; c++) {
        const source = block[Math.min(c, block.length - 1)];
        if (source) this.frame[c]?.set(source.subarray(read, read + take), this.filled);
      }
      this.filled += take;
      read += take;
      if (this.filled === this.size) {
        emit(
          this.frame.map((channel) => channel.slice()),
          this.start,
        );
        this.filled = 0;
      }
    }
  }
}
