//go:build !wasm

package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// device is what the browser pretends to be: a window, and for the phone a
// slower CPU and network, set through DevTools on each tab before it navigates.
type device struct {
	name          string
	width, height int
	// The rest stays zero on the desktop: nothing is emulated there.
	scale   float64 // device pixels per CSS pixel
	mobile  bool    // mobile viewport (meta viewport, overlay scrollbars, text autosizing) and touch
	cpu     float64 // main-thread slowdown (DevTools CPU throttling): 4 is 4× slower
	downBps float64 // bytes per second, down and up
	latency time.Duration
}

func desktopDevice(o options) device {
	return device{name: "desktop", width: o.width, height: o.height}
}

// phoneDevice is a mid-range phone on a good mobile network, as the issue that
// asked for it measured: 360×740 CSS pixels at 2×, a main thread 4× slower than
// this machine's, 9 Mbps and 40 ms.
func phoneDevice(o options) device {
	return device{name: "phone", width: 360, height: 740, scale: 2, mobile: true,
		cpu: o.phoneCPU, downBps: o.phoneMbps * 1e6 / 8, latency: o.phoneLatency}
}

func (d device) String() string {
	if !d.emulated() {
		return fmt.Sprintf("%s, %d×%d", d.name, d.width, d.height)
	}
	var s []string
	s = append(s, fmt.Sprintf("%s, %d×%d CSS px at %g×", d.name, d.width, d.height, d.scale))
	if d.mobile {
		s = append(s, "mobile viewport and touch")
	}
	if d.cpu > 1 {
		s = append(s, fmt.Sprintf("CPU %g× slower (DevTools throttling of the page's main thread)", d.cpu))
	}
	if d.downBps > 0 {
		s = append(s, fmt.Sprintf("network %g Mbps, %v latency", d.downBps*8/1e6, d.latency))
	}
	return strings.Join(s, ", ")
}

func (d device) emulated() bool { return d.mobile || d.cpu > 1 || d.downBps > 0 }

// networkConditions are the parameters of Network.emulateNetworkConditions, which
// cdproto no longer lists (the protocol marks it deprecated in favour of rules per
// URL) but Chromium still runs: one condition for everything the tab loads.
type networkConditions struct {
	Offline            bool    `json:"offline"`
	Latency            float64 `json:"latency"`            // ms, request sent → response headers
	DownloadThroughput float64 `json:"downloadThroughput"` // bytes/s
	UploadThroughput   float64 `json:"uploadThroughput"`   // bytes/s
}

var emulateNetworkConditions = cdp.Command[networkConditions, cdp.Empty]{Method: "Network.emulateNetworkConditions"}

// emulate applies the device to the tab of ctx. Chromium keeps it across the
// tab's navigations and reloads. The service worker is a target of its own, so
// its requests (the copy of the app it stores at install) are not throttled.
func (d device) emulate(ctx context.Context) error {
	if !d.emulated() {
		return nil
	}
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: int64(d.width), Height: int64(d.height), DeviceScaleFactor: d.scale, Mobile: d.mobile,
		ScreenOrientation: &emulation.ScreenOrientation{Type: emulation.ScreenOrientationTypePortraitPrimary},
	}); err != nil {
		return fmt.Errorf("emulating the viewport: %w", err)
	}
	if d.mobile {
		if _, err := chromedp.Call(ctx, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: true, MaxTouchPoints: 5}); err != nil {
			return fmt.Errorf("emulating touch: %w", err)
		}
	}
	if d.cpu > 1 {
		if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: d.cpu}); err != nil {
			return fmt.Errorf("throttling the CPU: %w", err)
		}
	}
	if d.downBps > 0 {
		c := networkConditions{Latency: float64(d.latency) / float64(time.Millisecond), DownloadThroughput: d.downBps, UploadThroughput: d.downBps}
		if _, err := chromedp.Call(ctx, emulateNetworkConditions, c); err != nil {
			return fmt.Errorf("throttling the network: %w", err)
		}
	}
	return nil
}
