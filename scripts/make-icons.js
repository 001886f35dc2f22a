// Draws the add-in's icons (a blue rounded square with three rising white bars) and writes them
// as PNG files to assets/. Run `node scripts/make-icons.js` after changing the design; the files
// are committed, so the build never needs this script.
const { Buffer } = require("buffer");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const ASSETS_DIR = path.join(__dirname, "..", "assets");

// A calm mid blue that keeps white bars readable, and the bars' heights as parts of the icon.
const BACKGROUND = [38, 100, 168];
const BAR_COLOUR = [255, 255, 255];
const BAR_HEIGHTS = [0.25, 0.42, 0.59];

// Each pixel is sampled on an 8 × 8 grid, which smooths the rounded corners at every size.
const SAMPLES_PER_SIDE = 8;

// --- Geometry -------------------------------------------------------------------------------

function insideRoundedRect(x, y, rect) {
  if (x < rect.left || x > rect.right || y < rect.top || y > rect.bottom) {
    return false;
  }
  const dx = Math.max(rect.left + rect.radius - x, 0, x - (rect.right - rect.radius));
  const dy = Math.max(rect.top + rect.radius - y, 0, y - (rect.bottom - rect.radius));
  return dx * dx + dy * dy <= rect.radius * rect.radius;
}

// Bar edges are whole pixels so the bars stay sharp at 16 px; only their tops are rounded, which
// is done by letting the rounded rectangle run past the baseline and cutting it there.
function barsFor(size) {
  const width = Math.max(2, Math.round(size * 0.15));
  const gap = Math.max(1, Math.round(size * 0.1));
  const left = Math.round((size - (3 * width + 2 * gap)) / 2);
  const baseline = size - Math.round(size * 0.22);
  const radius = width / 4;
  return BAR_HEIGHTS.map((height, i) => ({
    left: left + i * (width + gap),
    right: left + i * (width + gap) + width,
    top: baseline - Math.round(size * height),
    bottom: baseline + radius,
    radius,
    baseline,
  }));
}

function drawIcon(size) {
  const tile = { left: 0, right: size, top: 0, bottom: size, radius: size * 0.1875 };
  const bars = barsFor(size);
  const rgba = Buffer.alloc(size * size * 4);

  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tileHits = 0;
      let barHits = 0;
      for (let sy = 0; sy < SAMPLES_PER_SIDE; sy++) {
        for (let sx = 0; sx < SAMPLES_PER_SIDE; sx++) {
          const x = px + (sx + 0.5) / SAMPLES_PER_SIDE;
          const y = py + (sy + 0.5) / SAMPLES_PER_SIDE;
          if (!insideRoundedRect(x, y, tile)) {
            continue;
          }
          tileHits++;
          if (bars.some((bar) => y <= bar.baseline && insideRoundedRect(x, y, bar))) {
            barHits++;
          }
        }
      }

      const samples = SAMPLES_PER_SIDE * SAMPLES_PER_SIDE;
      const barShare = tileHits === 0 ? 0 : barHits / tileHits;
      const offset = (py * size + px) * 4;
      for (let channel = 0; channel < 3; channel++) {
        const mixed = BACKGROUND[channel] * (1 - barShare) + BAR_COLOUR[channel] * barShare;
        rgba[offset + channel] = Math.round(mixed);
      }
      rgba[offset + 3] = Math.round((255 * tileHits) / samples);
    }
  }
  return rgba;
}

// --- PNG encoding ---------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

// Encodes 8-bit RGBA pixels, row by row, each row behind filter byte 0 (none).
function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: truecolour with alpha
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method: adaptive
  header[12] = 0; // no interlace

  const rowLength = width * 4;
  const raw = Buffer.alloc(height * (rowLength + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (rowLength + 1)] = 0;
    rgba.copy(raw, y * (rowLength + 1) + 1, y * rowLength, (y + 1) * rowLength);
  }

  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// --- Output ---------------------------------------------------------------------------------

fs.mkdirSync(ASSETS_DIR, { recursive: true });
for (const size of SIZES) {
  const file = path.join(ASSETS_DIR, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, size, drawIcon(size)));
  process.stdout.write(`${path.relative(process.cwd(), file)}: ${size} × ${size}\n`);
}
